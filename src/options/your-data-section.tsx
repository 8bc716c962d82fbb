import { t } from '../ui/i18n';
import { DataAreaChoice } from './data-area-choice';
import { DataErase } from './data-erase';
import { DataExport } from './data-export';
import { DataImport } from './data-import';

/**
 * The person's data: where preferences live, a copy to take away, a copy to bring back, and a
 * way to erase it all. Works straight on storage, so it needs nothing from the rest of the page.
 */
export function YourDataSection() {
  return (
    <section class="your-data" aria-labelledby="your-data-heading">
      <h2 id="your-data-heading">{t('dataHeading')}</h2>
      <p>{t('dataIntro')}</p>
      <DataAreaChoice />
      <DataExport />
      <DataImport />
      <DataErase />
    </section>
  );
}
