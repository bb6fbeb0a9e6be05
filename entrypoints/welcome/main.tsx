import { render } from 'preact';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';
import '../../components/theme.css';
import './welcome.css';

render(<WelcomeApp />, document.getElementById('app')!);
