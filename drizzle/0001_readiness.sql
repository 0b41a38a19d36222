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
CREATE INDEX `readiness_snapshots_mission_at_idx` ON `readiness_snapshots` (`mission_id`,`at`);