// Statistics texts in English; the same keys as ja/statistics.ts.
import type ja from '../ja/statistics';

const statistics = {
  statistics: {
    menu: {
      title: 'Statistics',
      note: 'Reservations, library, terminal use and mails (tables, charts, CSV)',
    },
    title: 'Statistics',
    lead: 'Enter a range of days and press “Count”. Days are counted in Japan time.',
    from: 'From',
    to: 'To',
    dateHint: 'e.g. 2027-01-12, 2027/1/12, 20270112',
    show: 'Count',
    range: 'From {from} to {to}',
    exportCsv: 'Export as CSV',
    exported: '{rows} rows written: {path}',
    exportedNote: 'Saved in the data folder’s exports folder. Excel opens it as it is.',
    chartNote: 'The table below holds the same figures as the chart.',
    none: 'Nothing was recorded in this range.',
    reservationDays: {
      caption: 'Reservations by day',
      chart: 'Chart of reservations made and cancelled per day',
      day: 'Day',
      reserved: 'Made',
      cancelled: 'Cancelled',
      capacity: 'Capacity',
      booked: 'Booked',
      fillRate: 'Fill rate',
      attended: 'Attended',
      noShows: 'No-shows',
    },
    events: {
      caption: 'Reservations by event',
      chart: 'Chart of each event’s fill rate',
      title: 'Event',
      slots: 'Slots',
    },
    lendingDays: {
      caption: 'Library by day',
      chart: 'Chart of loans and returns per day',
      loans: 'Loans',
      returns: 'Returns',
      holds: 'Holds placed',
      reminders: 'Due reminders',
    },
    terminals: {
      caption: 'Terminal use (logins)',
      chart: 'Chart of logins per terminal',
      terminal: 'Terminal',
      citizen: 'Citizens',
      patron: 'Library patrons',
      staff: 'Staff',
    },
    mails: {
      caption: 'Mails by template',
      chart: 'Chart of mails per template',
      template: 'Template',
      sent: 'Sent',
      failed: 'Failed',
      pending: 'Waiting',
    },
    percent: '{n}%',
    errors: {
      from: { format: 'Enter the first day like 2027-01-12.' },
      to: {
        format: 'Enter the last day like 2027-01-12.',
        too_small: 'The last day must not be before the first.',
        too_large: 'The range may be 400 days at most.',
      },
    },
  },
} satisfies typeof ja;

export default statistics;
