// A last guard: if rendering fails, the page says so instead of going blank.
import { Component, type ReactNode } from "react";

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode; title: string; reload: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="status-screen error" role="alert">
        <h2>{this.props.title}</h2>
        <p>
          <code>{this.state.error.message}</code>
        </p>
        <button type="button" onClick={() => location.reload()}>
          {this.props.reload}
        </button>
      </div>
    );
  }
}
