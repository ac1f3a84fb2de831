export { createTestApp, freshDatabase, testDatabaseKind, TEST_PASSWORD, type TestApp, type TestAppOptions } from './testApp.ts';
export { ApiClient, type ApiResponse } from './apiClient.ts';
export { seedOrg, importUnits, importPeople, orgFixtureOf, type OrgFixture, type UnitRow, type PersonRow } from './orgFixture.ts';
export { waitFor } from './waitFor.ts';
export * as bpmn from './bpmnBuilder.ts';
export { Desk, type TodoItem } from './desk.ts';
