// Every screen's address. Each area keeps its routes in screens/<area>/routes.ts (exporting an
// array named <area>Routes) and adds one import and one spread here — nothing else to edit.
// Route names are prefixed with the area ('library.login', 'city.reserve', 'staff.menu').
import type { RouteRecordRaw } from 'vue-router';
import { homeRoutes } from './home/routes';
import { cityRoutes } from './city/routes';
import { identityRoutes } from './identity/routes';
import { libraryRoutes } from './library/routes';
import { staffRoutes } from './staff/routes';

export const routes: RouteRecordRaw[] = [...homeRoutes, ...cityRoutes, ...identityRoutes, ...libraryRoutes, ...staffRoutes];
