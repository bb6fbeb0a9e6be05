import type { Labelled } from './types';

export const HELD_OUT: Labelled[] = [];
