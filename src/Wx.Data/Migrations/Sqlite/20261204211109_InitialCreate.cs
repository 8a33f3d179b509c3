using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wx.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "site_sessions",
                columns: table => new
                {
                    Site = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProtectedState = table.Column<string>(type: "TEXT", nullable: false),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_site_sessions", x => x.Site);
                });

            migrationBuilder.CreateTable(
                name: "spots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Site = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SpotId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastReadAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastRefreshAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSuccessAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LastErrorAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConsecutiveFailures = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NextRefreshAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_spots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "captures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SpotId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Png = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_captures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_captures_spots_SpotId",
                        column: x => x.SpotId,
                        principalTable: "spots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "watched_spots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SpotId = table.Column<long>(type: "INTEGER", nullable: false),
                    ReaderId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FirstReadAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastReadAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_watched_spots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_watched_spots_spots_SpotId",
                        column: x => x.SpotId,
                        principalTable: "spots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "observations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SpotId = table.Column<long>(type: "INTEGER", nullable: false),
                    ObservedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FetchedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WindSpeedMps = table.Column<double>(type: "REAL", nullable: false),
                    GustMps = table.Column<double>(type: "REAL", nullable: true),
                    LullMps = table.Column<double>(type: "REAL", nullable: true),
                    DirectionKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DirectionDegrees = table.Column<double>(type: "REAL", nullable: true),
                    AirTemperatureC = table.Column<double>(type: "REAL", nullable: true),
                    PressureHpa = table.Column<double>(type: "REAL", nullable: true),
                    SpeedUnit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TemperatureUnit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    PressureUnit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Warnings = table.Column<int>(type: "INTEGER", nullable: false),
                    TitleText = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ObservedAtText = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    WindText = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    GustText = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LullText = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AirTemperatureText = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PressureText = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PageUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    GaugeCaptureId = table.Column<long>(type: "INTEGER", nullable: true),
                    GraphCaptureId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_observations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_observations_captures_GaugeCaptureId",
                        column: x => x.GaugeCaptureId,
                        principalTable: "captures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_observations_captures_GraphCaptureId",
                        column: x => x.GraphCaptureId,
                        principalTable: "captures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_observations_spots_SpotId",
                        column: x => x.SpotId,
                        principalTable: "spots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_captures_SpotId_Kind_ContentHash",
                table: "captures",
                columns: new[] { "SpotId", "Kind", "ContentHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_observations_GaugeCaptureId",
                table: "observations",
                column: "GaugeCaptureId");

            migrationBuilder.CreateIndex(
                name: "IX_observations_GraphCaptureId",
                table: "observations",
                column: "GraphCaptureId");

            migrationBuilder.CreateIndex(
                name: "IX_observations_SpotId_ObservedAt",
                table: "observations",
                columns: new[] { "SpotId", "ObservedAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_spots_Site_SpotId",
                table: "spots",
                columns: new[] { "Site", "SpotId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_watched_spots_LastReadAt",
                table: "watched_spots",
                column: "LastReadAt");

            migrationBuilder.CreateIndex(
                name: "IX_watched_spots_SpotId_ReaderId",
                table: "watched_spots",
                columns: new[] { "SpotId", "ReaderId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "observations");

            migrationBuilder.DropTable(
                name: "site_sessions");

            migrationBuilder.DropTable(
                name: "watched_spots");

            migrationBuilder.DropTable(
                name: "captures");

            migrationBuilder.DropTable(
                name: "spots");
        }
    }
}
