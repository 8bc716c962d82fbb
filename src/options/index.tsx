import './options.css';
import { mountPage } from '../ui/mount';
import { Options } from './options';

mountPage('optionsTitle', <Options />);
