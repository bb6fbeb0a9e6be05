import type { Stage } from './schema';
import type { Step } from './steps';

/** A step the person's stage does not allow; the message is a sentence for the user. */
export class StepRefused extends Error {
  override name = 'StepRefused';
  constructor(readonly step: Step, readonly stage: Stage, message: string) {
    super(message);
  }
}

/** Input the UI should have caught (a 3-minute chat, an empty note); the message says which. */
export class InvalidInput extends Error {
  override name = 'InvalidInput';
}

export class PersonNotFound extends Error {
  override name = 'PersonNotFound';
  constructor(readonly personId: string) {
    super(`That person is no longer in your tracker (${personId}).`);
  }
}

/** Undo with nothing to undo, or an imported step without its earlier state. */
export class NothingToUndo extends Error {
  override name = 'NothingToUndo';
}

/** The browser refused to write. The UI shows the message and keeps its in-memory state. */
export class StorageError extends Error {
  override name = 'StorageError';
  constructor(message: string, readonly reason: 'quota' | 'closed' | 'unknown', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** An import file that cannot be read at all; `problems` lists the first few, already worded. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(readonly problems: string[], headline = "This file can't be imported") {
    super(`${headline}: ${problems.join('; ')}`);
  }
}
