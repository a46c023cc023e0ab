import { render } from 'preact';
import '@/components/ui/base.css';
import './welcome.css';
import { WelcomeApp } from './WelcomeApp';

render(<WelcomeApp />, document.getElementById('app')!);
