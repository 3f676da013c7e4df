/** The calendar's admin route, under the admin's base route. */
export const CALENDAR_PATH = '/calendar'
