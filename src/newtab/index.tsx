import './newtab.css';
import { mountPage } from '../ui/mount';
import { NewTab } from './newtab';

mountPage('newTabTitle', <NewTab random={Math.random()} />);
