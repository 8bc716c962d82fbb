import './popup.css';
import { mountPage } from '../ui/mount';
import { Popup } from './popup';

mountPage('extName', <Popup />);
