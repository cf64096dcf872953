// The version the app was built as (package.json), recorded with each terminal of a site so an
// administrator sees which machines still run an older build.
import { version } from '../../package.json';

export const APP_VERSION: string = version;
