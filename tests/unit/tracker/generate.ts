// One generator for the tests' round trips and the benchmark's 10,000 people.
export { generate } from '../../../bench/generate';
