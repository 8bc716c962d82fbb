import './welcome.css';
import { mountPage } from '../ui/mount';
import { WelcomePage } from './welcome-page';

mountPage('welcomeTitle', <WelcomePage />);
