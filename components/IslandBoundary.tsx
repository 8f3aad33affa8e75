'use client';

import { Component, type ReactNode } from 'react';

type Props = {
  children: ReactNode;
  /** Said in the island's place, where its going unexplained would leave the student looking for it. */
  failed?: string;
};

/**
 * Keeps an island's failure to the island. Uncaught, an error thrown while rendering one unmounts the whole
 * page into Next's error screen, and with it the article, which needs no script at all.
 */
export class IslandBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return this.props.failed ? (
      <p role="alert" className="notice">
        {this.props.failed}
      </p>
    ) : null;
  }
}
