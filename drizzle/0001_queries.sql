CREATE TABLE `holidays` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mission_id` integer,
	`date` text NOT NULL,
	`name` text NOT NULL,
	FOREIGN KEY (`mission_id`) REFERENCES `missions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `holidays_mission_date_idx` ON `holidays` (`mission_id`,`date`);--> statement-breakpoint
CREATE TABLE `priority_targets` (
	`service_line_id` integer NOT NULL,
	`priority` text NOT NULL,
	`target_days` integer NOT NULL,
	PRIMARY KEY(`service_line_id`, `priority`),
	FOREIGN KEY (`service_line_id`) REFERENCES `service_lines`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `queries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mission_id` integer NOT NULL,
	`number` integer NOT NULL,
	`service_line_id` integer NOT NULL,
	`requester_name` text NOT NULL,
	`requester_email` text NOT NULL,
	`requester_index` text DEFAULT '' NOT NULL,
	`channel` text NOT NULL,
	`priority` text NOT NULL,
	`subject` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`tier` integer DEFAULT 1 NOT NULL,
	`assignee_id` text,
	`received_at` integer NOT NULL,
	`received_month` text NOT NULL,
	`target_days` integer NOT NULL,
	`clock_ms` integer DEFAULT 0 NOT NULL,
	`clock_since` integer,
	`due_at` integer,
	`max_tier` integer DEFAULT 1 NOT NULL,
	`first_resolved_at` integer,
	`resolved_at` integer,
	`resolved_month` text,
	`resolve_business_ms` integer,
	`within_target` integer,
	`closed_at` integer,
	`rating` integer,
	`rating_comment` text DEFAULT '' NOT NULL,
	`idempotency_key` text,
	`created_by` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`mission_id`) REFERENCES `missions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_line_id`) REFERENCES `service_lines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `queries_idempotencyKey_unique` ON `queries` (`idempotency_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `queries_mission_number_idx` ON `queries` (`mission_id`,`number`);--> statement-breakpoint
CREATE INDEX `queries_received_at_idx` ON `queries` (`received_at`);--> statement-breakpoint
CREATE INDEX `queries_status_idx` ON `queries` (`status`,`tier`);--> statement-breakpoint
CREATE INDEX `queries_assignee_idx` ON `queries` (`assignee_id`,`status`);--> statement-breakpoint
CREATE INDEX `queries_mission_received_idx` ON `queries` (`mission_id`,`received_at`);--> statement-breakpoint
CREATE INDEX `queries_line_received_idx` ON `queries` (`service_line_id`,`received_at`);--> statement-breakpoint
CREATE INDEX `queries_due_idx` ON `queries` (`due_at`);--> statement-breakpoint
CREATE INDEX `queries_resolved_month_ms_idx` ON `queries` (`resolved_month`,`resolve_business_ms`,`mission_id`,`service_line_id`);--> statement-breakpoint
CREATE TABLE `query_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`query_id` integer NOT NULL,
	`at` integer NOT NULL,
	`actor_id` text,
	`actor_name` text DEFAULT '' NOT NULL,
	`kind` text NOT NULL,
	`from_status` text,
	`to_status` text,
	`from_tier` integer,
	`to_tier` integer,
	`assignee_name` text,
	`body` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`query_id`) REFERENCES `queries`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `query_events_query_idx` ON `query_events` (`query_id`,`at`);--> statement-breakpoint
CREATE TABLE `query_monthly` (
	`month` text NOT NULL,
	`mission_id` integer NOT NULL,
	`service_line_id` integer NOT NULL,
	`received` integer DEFAULT 0 NOT NULL,
	`resolved` integer DEFAULT 0 NOT NULL,
	`resolved_at_mission` integer DEFAULT 0 NOT NULL,
	`escalated_centre` integer DEFAULT 0 NOT NULL,
	`escalated_beyond` integer DEFAULT 0 NOT NULL,
	`within_target` integer DEFAULT 0 NOT NULL,
	`resolve_ms_sum` integer DEFAULT 0 NOT NULL,
	`rated` integer DEFAULT 0 NOT NULL,
	`rating_sum` integer DEFAULT 0 NOT NULL,
	`rated45` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`month`, `mission_id`, `service_line_id`)
);
