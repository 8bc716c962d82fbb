import { useEffect, useRef, useState } from 'preact/hooks';
import { askForPermission, followPermission, giveBackPermission } from '../platform/permissions';
import { ToggleField } from '../ui/fields/toggle-field';
import { t } from '../ui/i18n';
import { useOption } from './options-context';

/**
 * Whether the new tab shows the most-visited sites. On asks this browser for the optional
 * `topSites` permission right then (the browser asks only from a click or key press), and the
 * preference is stored only once it says yes; off stores it and gives the permission back. The
 * preference syncs, the permission doesn't: where it is on without the permission here, the note
 * says so and the new tab offers to ask.
 */
export function ShortcutsToggle() {
  const option = useOption('newTab.showShortcuts');
  const [allowedHere, setAllowedHere] = useState<boolean>();
  const [declined, setDeclined] = useState(false);
  // Which change is the latest: a yes that arrives after the person turned it off again is let go.
  const latest = useRef(0);

  useEffect(() => {
    const controller = new AbortController();
    followPermission('topSites', setAllowedHere, controller.signal);
    return () => controller.abort();
  }, []);

  const change = (on: boolean) => {
    const attempt = ++latest.current;
    setDeclined(false);
    if (!on) {
      option.set(false);
      void giveBackPermission('topSites').catch(() => undefined);
      return;
    }
    askForPermission('topSites').then(
      (granted) => {
        if (attempt !== latest.current) return granted && void giveBackPermission('topSites').catch(() => undefined);
        return granted ? option.set(true) : setDeclined(true);
      },
      () => attempt === latest.current && setDeclined(true),
    );
  };

  const notHere = option.value && allowedHere === false;
  return (
    <ToggleField
      label={t('fieldNewTabShortcuts')}
      hint={t('fieldNewTabShortcutsHint')}
      note={declined ? t('fieldNewTabShortcutsDeclined') : notHere ? t('fieldNewTabShortcutsNotHere') : option.note}
      checked={option.value}
      disabled={option.disabled}
      onChange={change}
    />
  );
}
