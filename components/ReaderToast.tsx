import type { Message } from './useAnnouncer';

/** The reader's live region, shown as a toast at the foot of the screen (or under the header) unless its message is quiet. */
export function ReaderToast({ message, shown }: { message: Message; shown: boolean }) {
  const said = !message.blank;
  return (
    <p role="status" className="toast" data-visible={shown || undefined} data-top={message.top || undefined}>
      {said && message.word && (
        <>
          <span lang="ar" dir="rtl" className="font-arabic">
            {message.word}
          </span>
          {': '}
        </>
      )}
      {said && message.text}
      {/* A line of its own: an address broken across the Arabic's lines would read in pieces from either side. */}
      {said && message.link && (
        <>
          {' '}
          <span dir="ltr" className="block break-all">
            {message.link}
          </span>
        </>
      )}
    </p>
  );
}
