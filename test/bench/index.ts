import { formatResults } from './harness';
import { benchLesson } from './lesson';
import { benchMarkbook } from './markbook';

// `npm run bench`: medians against the issues' targets. Timing lives here, never in unit tests.
console.log(`Trajectory benchmarks (Node ${process.version}, median of repeated runs)\n`);
console.log(formatResults(benchLesson()));
console.log('');
console.log(formatResults(benchMarkbook()));
