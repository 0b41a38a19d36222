CREATE TABLE `account` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`provider_id` text NOT NULL,
	`user_id` text NOT NULL,
	`access_token` text,
	`refresh_token` text,
	`id_token` text,
	`access_token_expires_at` integer,
	`refresh_token_expires_at` integer,
	`scope` text,
	`password` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `account_user_id_idx` ON `account` (`user_id`);--> statement-breakpoint
CREATE TABLE `session` (
	`id` text PRIMARY KEY NOT NULL,
	`expires_at` integer NOT NULL,
	`token` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`ip_address` text,
	`user_agent` text,
	`user_id` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `session_token_unique` ON `session` (`token`);--> statement-breakpoint
CREATE INDEX `session_user_id_idx` ON `session` (`user_id`);--> statement-breakpoint
CREATE TABLE `user` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`email_verified` integer DEFAULT false NOT NULL,
	`image` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`role` text DEFAULT 'leadership' NOT NULL,
	`mission_id` integer,
	`service_line_id` integer,
	`locale` text,
	`active` integer DEFAULT true NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`mission_id`) REFERENCES `missions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_line_id`) REFERENCES `service_lines`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_email_unique` ON `user` (`email`);--> statement-breakpoint
CREATE INDEX `user_role_idx` ON `user` (`role`);--> statement-breakpoint
CREATE TABLE `verification` (
	`id` text PRIMARY KEY NOT NULL,
	`identifier` text NOT NULL,
	`value` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `verification_identifier_idx` ON `verification` (`identifier`);--> statement-breakpoint
CREATE TABLE `missions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`country` text NOT NULL,
	`duty_station` text NOT NULL,
	`time_zone` text NOT NULL,
	`weekend_days` text NOT NULL,
	`go_live_date` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `missions_code_unique` ON `missions` (`code`);--> statement-breakpoint
CREATE TABLE `service_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name_en` text NOT NULL,
	`name_fr` text NOT NULL,
	`target_days` integer DEFAULT 7 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_lines_code_unique` ON `service_lines` (`code`);--> statement-breakpoint
CREATE TABLE `breakout_groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workshop_id` integer NOT NULL,
	`name` text NOT NULL,
	`facilitator` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `breakout_groups_workshop_id_idx` ON `breakout_groups` (`workshop_id`);--> statement-breakpoint
CREATE TABLE `workshop_missions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workshop_id` integer NOT NULL,
	`mission_id` integer NOT NULL,
	`breakout_group_id` integer,
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mission_id`) REFERENCES `missions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`breakout_group_id`) REFERENCES `breakout_groups`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workshop_missions_workshop_mission_idx` ON `workshop_missions` (`workshop_id`,`mission_id`);--> statement-breakpoint
CREATE INDEX `workshop_missions_mission_id_idx` ON `workshop_missions` (`mission_id`);--> statement-breakpoint
CREATE TABLE `workshops` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`mode` text NOT NULL,
	`first_day` text NOT NULL,
	`last_day` text NOT NULL,
	`host` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `assessment_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` integer NOT NULL,
	`description` text NOT NULL,
	`owner` text NOT NULL,
	`due_date` text,
	`status` text DEFAULT 'open' NOT NULL,
	`closing_note` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `assessment_entries`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assessment_actions_entryId_unique` ON `assessment_actions` (`entry_id`);--> statement-breakpoint
CREATE INDEX `assessment_actions_status_idx` ON `assessment_actions` (`status`);--> statement-breakpoint
CREATE TABLE `assessment_areas` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name_en` text NOT NULL,
	`name_fr` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `assessment_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workshop_id` integer NOT NULL,
	`mission_id` integer NOT NULL,
	`area_id` integer NOT NULL,
	`kind` text NOT NULL,
	`statement` text NOT NULL,
	`impact` text,
	`created_by` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mission_id`) REFERENCES `missions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`area_id`) REFERENCES `assessment_areas`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessment_entries_workshop_mission_idx` ON `assessment_entries` (`workshop_id`,`mission_id`);--> statement-breakpoint
CREATE INDEX `assessment_entries_mission_id_idx` ON `assessment_entries` (`mission_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`user_id` text,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `checklist_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`template_id` integer NOT NULL,
	`key` text NOT NULL,
	`area_id` integer NOT NULL,
	`title_en` text NOT NULL,
	`title_fr` text NOT NULL,
	`guidance_en` text DEFAULT '' NOT NULL,
	`guidance_fr` text DEFAULT '' NOT NULL,
	`weight` integer NOT NULL,
	`required` integer DEFAULT false NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`template_id`) REFERENCES `checklist_templates`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`area_id`) REFERENCES `readiness_areas`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `checklist_items_template_key_idx` ON `checklist_items` (`template_id`,`key`);--> statement-breakpoint
CREATE INDEX `checklist_items_area_id_idx` ON `checklist_items` (`area_id`);--> statement-breakpoint
CREATE TABLE `checklist_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` integer NOT NULL,
	`state` text NOT NULL,
	`green_from` integer NOT NULL,
	`amber_from` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`published_at` integer,
	`published_by` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`published_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `checklist_templates_number_unique` ON `checklist_templates` (`number`);--> statement-breakpoint
CREATE INDEX `checklist_templates_state_idx` ON `checklist_templates` (`state`);--> statement-breakpoint
CREATE TABLE `readiness_areas` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name_en` text NOT NULL,
	`name_fr` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `readiness_areas_code_unique` ON `readiness_areas` (`code`);--> statement-breakpoint
CREATE TABLE `readiness_responses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mission_id` integer NOT NULL,
	`item_id` integer NOT NULL,
	`status` text NOT NULL,
	`not_applicable_reason` text DEFAULT '' NOT NULL,
	`evidence` text DEFAULT '' NOT NULL,
	`evidence_url` text DEFAULT '' NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`due_date` text,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`mission_id`) REFERENCES `missions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `checklist_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `readiness_responses_mission_item_idx` ON `readiness_responses` (`mission_id`,`item_id`);--> statement-breakpoint
CREATE INDEX `readiness_responses_item_id_idx` ON `readiness_responses` (`item_id`);--> statement-breakpoint
CREATE TABLE `readiness_snapshots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mission_id` integer NOT NULL,
	`template_id` integer NOT NULL,
	`at` integer NOT NULL,
	`score` real,
	`done_weight` integer NOT NULL,
	`applicable_weight` integer NOT NULL,
	`required_open` integer NOT NULL,
	`cause` text NOT NULL,
	`detail` text DEFAULT '' NOT NULL,
	`user_id` text,
	FOREIGN KEY (`mission_id`) REFERENCES `missions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`template_id`) REFERENCES `checklist_templates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `readiness_snapshots_mission_at_idx` ON `readiness_snapshots` (`mission_id`,`at`);--> statement-breakpoint
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
