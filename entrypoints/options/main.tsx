import { render } from 'preact';
import '@/components/ui/base.css';
import './options.css';
import { OptionsApp } from './OptionsApp';

render(<OptionsApp />, document.getElementById('app')!);
