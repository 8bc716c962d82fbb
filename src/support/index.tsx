import './support.css';
import { mountPage } from '../ui/mount';
import { SupportPage } from './support-page';

mountPage('supportTitle', <SupportPage />);
