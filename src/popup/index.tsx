import './popup.css';
import { mountPage } from '../ui/mount';
import { followPreferencesEarly } from '../ui/use-preference-items';
import { Popup } from './popup';

// Reading preferences while the popup renders shows the status line sooner; the schedule is read
// with the line itself, which comes in a chunk right after first paint (checked-parts.ts).
followPreferencesEarly();
mountPage('extName', <Popup />);
