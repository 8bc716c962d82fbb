import './popup.css';
import { mountPage } from '../ui/mount';
import { followPreferencesEarly } from '../ui/use-preferences';
import { followScheduleEarly } from '../ui/use-schedule';
import { Popup } from './popup';

// The status line needs both; reading them while the popup renders shows it sooner.
followPreferencesEarly();
followScheduleEarly();
mountPage('extName', <Popup />);
