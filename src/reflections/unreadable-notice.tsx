import { t } from '../ui/i18n';

/** Some stored entries couldn't be read: said plainly, with where they still are. Nothing was removed. */
export function UnreadableNotice({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <p class="notice" role="status">
      {count === 1 ? t('reflectionsUnreadableOne') : t('reflectionsUnreadableMany', String(count))}
    </p>
  );
}
