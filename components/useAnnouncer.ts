'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * The live region's message; a quiet one is heard but not shown, as what it says is on screen already.
 * `word`, an Arabic word the message is about, goes before it in its own language, so that it is read
 * with an Arabic voice; `link`, an address to copy by hand, goes after it, left to right in either interface.
 * `blank` empties the region for a moment, `top` shows the toast under the header.
 */
export type Message = { text: string; quiet: boolean; word?: string; link?: string; blank?: boolean; top?: boolean; about?: string };

export type AnnounceOptions = {
  /** How long the toast stays up, in ms (4000 unless said). */
  shownFor?: number;
  /** Heard, not shown: what it says is on screen already. */
  quiet?: boolean;
  /** An Arabic word the message is about, said before it in its own language. */
  word?: string;
  /** An address to copy by hand, shown under the message. */
  link?: string;
  /** What the message is about (the lemma whose status it says), for `withdraw` to take it back by. */
  about?: string;
};

export type Announce = (text: string, options?: AnnounceOptions) => void;

/** The message gone: the toast fades out where it was. */
const faded = (current: Message): Message => ({ text: '', quiet: false, top: current.top });

/** Takes back the message about `about`, if it is the one showing: what it said has stopped being true. */
export type Withdraw = (about: string) => void;

/** The reader's one live region: what it says, whether it shows, `announce` to say something and `withdraw` to take it back. */
export function useAnnouncer(): { message: Message; shown: boolean; announce: Announce; withdraw: Withdraw } {
  const [message, setMessage] = useState<Message>({ text: '', quiet: false });
  const messageRef = useRef(message);
  messageRef.current = message;
  const clearTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const giveBackTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const stopTimers = useCallback(() => {
    clearTimeout(clearTimer.current);
    clearTimeout(giveBackTimer.current);
  }, []);

  const announce = useCallback<Announce>((text, { shownFor = 4000, quiet = false, word, link, about } = {}) => {
    // The same message again ("Link copied." twice) changes nothing in the live region, and is not heard:
    // the region is emptied for a moment, while the toast stays up.
    const repeated = messageRef.current.text === text && messageRef.current.word === word && messageRef.current.link === link;
    // A pinned card that reaches the foot of the screen (on a phone, one below its word) has its buttons
    // there, where the message would cover them: it shows under the header instead.
    const card = document.querySelector('#word-card[data-pinned]');
    const top = !!card && card.getBoundingClientRect().bottom > window.innerHeight - 96;
    setMessage({ text, quiet, word, link, blank: repeated, top, about });
    stopTimers();
    if (repeated) giveBackTimer.current = setTimeout(() => setMessage((current) => (current.text === text ? { ...current, blank: false } : current)), 100);
    clearTimer.current = setTimeout(() => setMessage(faded), shownFor);
  }, [stopTimers]);

  const withdraw = useCallback<Withdraw>((about) => {
    if (messageRef.current.about !== about) return;
    stopTimers();
    setMessage(faded);
  }, [stopTimers]);

  useEffect(() => stopTimers, [stopTimers]);

  return { message, shown: message.text !== '' && !message.quiet, announce, withdraw };
}
