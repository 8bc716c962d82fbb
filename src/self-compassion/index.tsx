import './self-compassion.css';
import { mountPage } from '../ui/mount';
import { SelfCompassionPage } from './self-compassion-page';

mountPage('selfCompassionTitle', <SelfCompassionPage />);
