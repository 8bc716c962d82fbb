import './reflections.css';
import { mountPage } from '../ui/mount';
import { ReflectionsPage } from './reflections-page';

mountPage('reflectionsTitle', <ReflectionsPage />);
