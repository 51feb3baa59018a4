/** Sidebar/admin endpoint: installs or repairs Pacte's triggers (app/jobs/triggers.ts); they run as this admin. */
import { installTriggers as install } from '../../app/jobs/triggers';
import { serve } from '../frame/endpoint';

export const installTriggers = serve('installTriggers', ({ ports }) => install(ports.triggers));
