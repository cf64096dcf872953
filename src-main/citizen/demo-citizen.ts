// The demo's citizen, in a file of their own: end-to-end specs log in as them and import this
// without the seeder (which bundles the sample events file, resources/demo/events.json).
export const DEMO_CITIZEN = { userKey: 'hana24680', name: '市民 花子', email: 'hanako@example.jp', phone: '0766510000' } as const;
