import Testing
@testable import EventLog

@Suite("Vista+ Event Viewer CSV")
struct VistaCSVReaderTests {
    @Test func germanSampleEveryField() {
        let result = TextExportTesting.readSample("vista-csv/nt4-system-opened-on-win7-de.csv")
        #expect(result.report.format == .vistaCSV)
        #expect(result.report.encoding == .utf8)
        #expect(result.report.details["date order"] == "day-first (from dates with a first number above 12)")
        #expect(result.report.problemCount == 0)
        #expect(result.rows == [
            "1999-05-15T08:01:14 | Service Control Manager | 7036 | - | information | Keine | - | - | - | - | - |  | Der Dienst \"DHCP-Server\" befindet sich jetzt im Status \"Ausgeführt\". | 2",
            "1999-05-15T08:01:12 | Service Control Manager | 7035 | - | information | Keine | - | - | - | - | - |  | An den Dienst \"DHCP-Server\" wurde die Steuerung \"Starten\" erfolgreich gesendet. | 3",
            "1999-05-15T07:59:58 | EventLog | 6008 | - | error | Keine | - | - | - | - | - |  | Das System wurde zuvor am \u{200E}14.\u{200E}05.\u{200E}1999 um 22:14:02 unerwartet heruntergefahren. | 4",
            "1999-05-15T07:59:58 | EventLog | 6009 | - | information | Keine | - | - | - | - | - | 4.0¦1381¦Service Pack 6¦Uniprocessor Free | Microsoft (R) Windows (R) 4.0 1381 Service Pack 6 Uniprocessor Free. | 5",
            "1999-05-15T07:59:58 | EventLog | 6005 | - | information | Keine | - | - | - | - | - |  | Der Ereignisprotokolldienst wurde gestartet. | 6",
            "1999-05-14T22:10:07 | Srv | 2020 | - | error | Keine | - | - | - | - | - |  | Der Server konnte keinen Speicher aus dem ausgelagerten Pool reservieren, da der Pool leer war. | 7",
            "1999-05-14T21:55:31 | Srv | 2013 | - | warning | Keine | - | - | - | - | - |  | Der Datenträger C: ist fast voll,⏎es sind nur noch 2 % frei.⏎⏎Löschen Sie nicht benötigte Dateien. | 8",
        ])
    }

    @Test(arguments: [
        ("Niveau,Date et heure,Source,ID de l’événement,Catégorie de la tâche", "Avertissement", "16/04/2020 15:47:36"),
        ("Niveau,Date et heure,Source,ID de l'événement,Catégorie de la tâche", "Erreur", "16/04/2020 15:47:36"),
        ("Nivel,Fecha y hora,Origen,Id. del evento,Categoría de la tarea", "Advertencia", "16/04/2020 15:47:36"),
        ("Nivel,Fecha y hora,Origen,Id. del evento,Categoría de la tarea", "Error", "16/04/2020 3:47:36 p. m."),
        ("Livello,Data e ora,Origine,ID evento,Categoria attività", "Avviso", "16/04/2020 15:47:36"),
        ("Ebene,Datum und Uhrzeit,Quelle,Ereignis-ID,Aufgabenkategorie", "Warnung", "16.04.2020 15:47:36"),
    ])
    func localisedHeadersAndLevels(header: String, level: String, date: String) throws {
        let result = try TextExportTesting.read(header + "\n" + "\(level),\(date),Srv,2013,(0),\"x\"\n")
        #expect(result.report.format == .vistaCSV)
        #expect(result.events.first?.timeGenerated?.iso8601 == "2020-04-16T15:47:36")
        #expect(result.events.first?.type == (level == "Erreur" || level == "Error" ? .error : .warning))
        #expect(result.events.first?.categoryNumber == 0)
    }

    @Test func damagedRowsAreReportedAndTheRestIsRead() throws {
        let text = [
            "Level,Date and Time,Source,Event ID,Task Category",                             // 1
            "Information,4/16/2020 3:47:36 PM,EventLog,6005,None,\"The Event log service was started.\"", // 2
            "Information,4/16/2020 3:47:37 PM,EventLog",                                     // 3: too few fields
            "Information,4/31/2020 3:47:38 PM,EventLog,6005,None,\"x\"",                      // 4: no such day
            "\"garbage with a stray quote",                                                  // 5: closed by the next row
            "Error,4/16/2020 3:50:02 PM,EventLog,6008,None,\"A message, with a comma,",      // 6
            "and two lines.\"",                                                              // 7
            "Information,4/16/2020 3:51:00 PM,EventLog,six,None,\"x\"",                       // 8: ID not a number
            "Warning,4/16/2020 3:52:00 PM,Srv,2013,None,Unquoted, with commas",              // 9
            "Information,4/16/2020 3:53:00 PM,EventLog,6006,None,\"never closed",            // 10: quote open at the end
        ].joined(separator: "\r\n") + "\r\n"
        let result = try TextExportTesting.read(text)
        #expect(result.events.map { $0.origin.line ?? 0 } == [2, 6, 9, 10])
        #expect(result.events.map { $0.message ?? "-" } == [
            "The Event log service was started.", "A message, with a comma,\nand two lines.", "Unquoted, with commas", "never closed",
        ])
        #expect(result.problems == [
            "3: the row has 3 fields, expected 6",
            "4: cannot read the time \"4/31/2020 3:47:38 PM\"",
            "5: a quote opened on line 5 is never closed; the row has 1 field, expected 6",
            "8: the event ID \"six\" is not a number",
            "10: a quote opened on line 10 is never closed; its field runs to the next row or the end of the file",
        ])
        #expect(result.report.skipped == 4)
    }
}
