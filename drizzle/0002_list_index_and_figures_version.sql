CREATE TABLE `query_figures_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `queries_mission_status_received_idx` ON `queries` (`mission_id`,`status`,`received_at`);