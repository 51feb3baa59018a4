/** Sidebar API: « Ma semaine » (src/app/my-week.ts). */
import { getMyWeek as myWeek } from '../../app/my-week';
import { storeFor } from '../../services/sheets-store';
import { serve } from '../endpoint';

export const getMyWeek = serve('getMyWeek', ({ ctx }) => myWeek(storeFor(ctx)));
