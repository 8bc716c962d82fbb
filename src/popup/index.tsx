import './popup.css';
import { mountPage } from '../ui/mount';
import { readPreferenceItemsEarly } from '../ui/use-preference-items';
import { readScheduleEarly } from '../ui/use-schedule';
import { Popup } from './popup';

// The status line needs both; reading them while the popup renders shows it sooner.
readPreferenceItemsEarly();
readScheduleEarly();
mountPage('extName', <Popup />);
