// One worker thread of the mirror (src/hant/mirror-site.ts, `workers`): converts its share of the pages with a
// converter of its own and reports what it saw, so that a large build converts on every core.
import { parentPort, workerData } from 'node:worker_threads';
import { createConverter } from './convert.ts';
import { mirrorFiles, type MirrorShare, type ShareReport } from './mirror-site.ts';
import { recordForms } from './script-forms.ts';

const share = workerData as MirrorShare;
const forms = recordForms();
const converter = createConverter({ observe: forms.observe });
await mirrorFiles(share, converter);
const report: ShareReport = { stats: { ...converter.stats }, forms: forms.counts() };
parentPort!.postMessage(report);
