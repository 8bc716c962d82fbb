import './options.css';
// The later sections' own styles: they arrive with import(), which brings no stylesheet.
import './new-tab-section.css';
import './data-section.css';
import '../ui/confirm-erase.css';
import { mountPage } from '../ui/mount';
import { Options } from './options';

mountPage('optionsTitle', <Options />);
