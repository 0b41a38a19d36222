CREATE TABLE `feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mission_id` integer NOT NULL,
	`service_line_id` integer NOT NULL,
	`kind` text NOT NULL,
	`body` text NOT NULL,
	`source` text NOT NULL,
	`workshop_id` integer,
	`meeting_id` integer,
	`given_on` text NOT NULL,
	`status` text DEFAULT 'received' NOT NULL,
	`response` text DEFAULT '' NOT NULL,
	`due_date` text,
	`responded_by` text,
	`responded_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`mission_id`) REFERENCES `missions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_line_id`) REFERENCES `service_lines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`meeting_id`) REFERENCES `forum_meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responded_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `feedback_mission_id_idx` ON `feedback` (`mission_id`);--> statement-breakpoint
CREATE INDEX `feedback_service_line_id_idx` ON `feedback` (`service_line_id`,`status`);--> statement-breakpoint
CREATE TABLE `forum_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`description` text NOT NULL,
	`owner` text NOT NULL,
	`mission_id` integer,
	`due_date` text,
	`status` text DEFAULT 'open' NOT NULL,
	`closing_note` text DEFAULT '' NOT NULL,
	`closed_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `forum_meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mission_id`) REFERENCES `missions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `forum_actions_meeting_id_idx` ON `forum_actions` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `forum_actions_mission_id_idx` ON `forum_actions` (`mission_id`);--> statement-breakpoint
CREATE INDEX `forum_actions_status_idx` ON `forum_actions` (`status`);--> statement-breakpoint
CREATE TABLE `forum_attendance` (
	`meeting_id` integer NOT NULL,
	`mission_id` integer NOT NULL,
	PRIMARY KEY(`meeting_id`, `mission_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `forum_meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mission_id`) REFERENCES `missions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `forum_attendance_mission_id_idx` ON `forum_attendance` (`mission_id`);--> statement-breakpoint
CREATE TABLE `forum_meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_date` text NOT NULL,
	`title` text NOT NULL,
	`agenda` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`decisions` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `forum_meetings_meeting_date_idx` ON `forum_meetings` (`meeting_date`);