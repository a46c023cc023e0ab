import { render } from 'preact';
import '@/components/ui/base.css';
import './popup.css';
import { PopupApp } from './PopupApp';

render(<PopupApp />, document.getElementById('app')!);
