// The field types are made by the ApplicationService client (services layer); the session layer re-exports them.
export type { FieldChanges, FieldInfo } from '../services/application-service.js';
