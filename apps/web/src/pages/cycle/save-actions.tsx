import type { ReactNode } from 'react';

/** A form's closing row: its own buttons (`children`), Save, and whether it saved. */
export function SaveActions(props: {
  label: string;
  saving: boolean;
  saved: boolean;
  children?: ReactNode;
}) {
  return (
    <div className="actions">
      {props.children}
      <button type="submit" disabled={props.saving}>
        {props.saving ? 'Saving…' : props.label}
      </button>
      <span role="status" className="muted">
        {props.saved ? 'Saved.' : ''}
      </span>
    </div>
  );
}
