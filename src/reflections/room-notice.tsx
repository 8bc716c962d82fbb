import { useEffect, useState } from 'preact/hooks';
import { historyRoom, type HistoryRoom } from '../core/reflections/history-room';
import { bytesInUse, localQuotaBytes, onItemsChanged } from '../platform/storage';
import { messagesLanguage, t } from '../ui/i18n';

interface Room {
  room: HistoryRoom;
  used: number;
  quota: number;
}

async function measureRoom(): Promise<Room | undefined> {
  const quota = localQuotaBytes();
  // Firefox counts no bytes for storage.local and states no quota: then there is nothing to say.
  const used = quota === undefined ? undefined : await bytesInUse('local');
  return used === undefined || quota === undefined ? undefined : { room: historyRoom(used, quota), used, quota };
}

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toLocaleString(messagesLanguage(), { maximumFractionDigits: 1 });

/**
 * Says when the history is near the room this device gives Kindly, or has filled it, with what
 * the person can do. Nothing is removed by itself. Measured when the page opens and again after
 * each change to this device's storage (an entry written, days erased).
 */
export function RoomNotice() {
  const [room, setRoom] = useState<Room>();
  useEffect(() => {
    const controller = new AbortController();
    const measure = () =>
      void measureRoom().then(
        (measured) => !controller.signal.aborted && setRoom(measured),
        () => undefined,
      );
    measure();
    onItemsChanged('local', measure, controller.signal);
    return () => controller.abort();
  }, []);
  if (!room || room.room === 'fine') return null;
  return (
    <div class="notice room-notice" role="status">
      <p>{t(room.room === 'full' ? 'reflectionsRoomFull' : 'reflectionsRoomNear', megabytes(room.used), megabytes(room.quota))}</p>
      <p>
        {t('reflectionsRoomWhatToDo')} <a href="options.html#history-heading">{t('reflectionsRoomKeepFor')}</a>
      </p>
    </div>
  );
}
