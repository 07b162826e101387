// The platform's feature namespaces, imported once per project: every file speaks of activities, alerts and
// sectors, and a type's folder (not a using line) says where it lives.
global using Coordination.Abstractions.Activities;
global using Coordination.Abstractions.Alerts;
global using Coordination.Abstractions.Calendars;
global using Coordination.Abstractions.Events;
global using Coordination.Abstractions.Overlaps;
global using Coordination.Abstractions.People;
global using Coordination.Abstractions.Records;
global using Coordination.Abstractions.ReferenceData;
global using Coordination.Abstractions.Regions;
global using Coordination.Abstractions.Setup;
global using Coordination.Abstractions.TaskForces;
global using Coordination.Abstractions.Topics;
