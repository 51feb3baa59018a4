/** Sidebar API: who the caller is (their role decides which buttons the sidebar shows). */
import { sessionOf } from '../../app/session';
import { serve } from '../frame/endpoint';

export const getSession = serve('getSession', ({ ports, role, settings }) => sessionOf(ports.store, role, settings));
