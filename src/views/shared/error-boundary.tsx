import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, for the message: e.g. "The citation charts". */
  label: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Keeps a failing view from taking the page down: shows a message and a retry button. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // Reported once as a warning so the page's other views keep a clean console.
    console.warn(`${this.props.label} failed to draw`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-state" role="alert">
        <p>
          {this.props.label} could not be drawn: {this.state.error.message}
        </p>
        <button
          type="button"
          className="link-button"
          onClick={() => this.setState({ error: null })}
        >
          Try again
        </button>
      </div>
    );
  }
}
