import { t } from '../ui/i18n';
import { pageSections } from './options-nav';

/** The sections the first paint carries itself; the others come in the later chunk. */
const firstPaint: readonly string[] = ['reminders-heading', 'about-heading'];

/**
 * The places of the later sections until their chunk arrives: each heading with its id, so the
 * list of sections and links from other pages land at once, and the room the section takes
 * (options.css), so what follows doesn't jump. If the chunk couldn't come, each says so.
 */
export function LaterSectionShells({ failed }: { failed: boolean }) {
  return (
    <>
      {pageSections
        .filter(([id]) => !firstPaint.includes(id))
        .map(([id, name], index) => (
          <section key={id} class="options-section options-shell" data-section={id} aria-labelledby={id} aria-busy={!failed}>
            <h2 id={id}>{t(name)}</h2>
            {/* Said once aloud, with one way out; each section still says it in words. */}
            {failed && (
              <div class="notice" role={index === 0 ? 'alert' : undefined}>
                <p>{t('optionsSectionNotLoaded')}</p>
                {index === 0 && (
                  <button type="button" class="quiet" onClick={() => window.location.reload()}>
                    {t('optionsReloadPage')}
                  </button>
                )}
              </div>
            )}
          </section>
        ))}
    </>
  );
}
