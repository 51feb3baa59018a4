/** Sidebar API: « Ma semaine » (src/app/my-week.ts). */
import { getMyWeek as myWeek } from '../../app/my-week';
import { serve } from '../frame/endpoint';

export const getMyWeek = serve('getMyWeek', ({ ports, role, settings }, page) => myWeek(ports, page, role, settings));
