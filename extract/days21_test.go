package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestActDays checks the day of each act of a report where the report
// tells several days: an act inheriting the time of a sentence that dates
// several acts takes its own type's, a clause's lag counts back from the
// sentence's day, a transcript's turn is governed by the day it opened
// with, and a toll's rise is not the act's day. The texts are written
// for the test; the traps keep the days they had.
func TestActDays(t *testing.T) {
	e := realExtractor(t)
	fri := time.Date(2027, 9, 17, 14, 0, 0, 0, mexico) // a Friday
	sat := time.Date(2027, 9, 18, 8, 30, 0, 0, mexico) // a Saturday
	tests := []struct {
		name string
		kind model.ReportKind
		pub  time.Time
		lang string
		text string
		want map[model.IncidentType]string // the day of each incident of a type
	}{
		// An act inheriting the time of a sentence telling two acts.
		{"inherits its type's day", model.KindNews, sat, "en",
			"CULIACAN, Mexico — Gunmen set vehicles ablaze to block highways around Culiacán on Thursday night, and authorities cancelled classes in the city on Friday. The state security department said six vehicles were torched. Another blockade was reported near Villa Juárez, in Navolato.",
			map[model.IncidentType]string{model.Blockade: "2027-09-16", model.Disruption: "2027-09-17"}},
		{"hereda el día de su tipo", model.KindNews, fri, "es",
			"La violencia en Colima sumó dos homicidios la noche del miércoles en la capital y el secuestro de un joven en Tecomán la mañana de este jueves. El primer ataque ocurrió en la colonia El Diezmo, donde un hombre fue asesinado a balazos.",
			map[model.IncidentType]string{model.Homicide: "2027-09-15"}},
		// The trap: one act in the lead, the statement's day after it.
		{"a statement's day is not inherited", model.KindNews, sat, "en",
			"TEPIC, Mexico — Gunmen killed two men at a car wash in Tepic late Thursday, state prosecutors said on Friday. The attackers fled in a white pickup truck.",
			map[model.IncidentType]string{model.ArmedAttack: "2027-09-16"}},
		// A lag after the sentence's day.
		{"a day after, English", model.KindNews, sat, "en",
			"CUAUTLA, Mexico — Bus drivers in Cuautla suspended service on Friday, a day after a driver was gunned down at a route terminal.",
			map[model.IncidentType]string{model.Homicide: "2027-09-16", model.Disruption: "2027-09-17"}},
		{"un día después, español", model.KindNews, sat, "es",
			"CUAUTLA, Mor.— Las escuelas del centro de Cuautla suspendieron las clases este viernes, un día después de la balacera entre policías estatales y civiles armados en la colonia Gabriel Tepepa que dejó dos agresores muertos.",
			map[model.IncidentType]string{model.ArmedClash: "2027-09-16", model.Disruption: "2027-09-17"}},
		// The trap: the lagging clause tells its own day.
		{"a day after, its own day told", model.KindNews, sat, "en",
			"CUAUTLA, Mexico — Bus drivers in Cuautla suspended service on Friday, a day after a driver was gunned down at a route terminal on Wednesday night.",
			map[model.IncidentType]string{model.Homicide: "2027-09-15", model.Disruption: "2027-09-17"}},
		// A transcript's turn opened by a past day.
		{"el turno abre con ayer", model.KindTranscript, sat, "es",
			"buenos dias tepic son las siete treinta arrancamos con lo que paso ayer en la tarde noche. en la colonia moctezuma quemaron el oxxo de la insurgentes no hubo heridos gracias a dios hoy en la mañana todo esta abierto",
			map[model.IncidentType]string{model.BusinessAttack: "2027-09-17"}},
		{"anoche abre el turno", model.KindTranscript, sat, "es",
			"y pasando a la nota roja aqui en ciudad obregon una noche bastante movida anoche. por la colonia las haciendas le tiraron balazos a una troca iba una señora con su hijo los dos quedaron heridos ahorita a ver que nos dice la fiscalia",
			map[model.IncidentType]string{model.ArmedAttack: "2027-09-17"}},
		// The trap: the airing day told before the act is the act's.
		{"hoy antes del hecho", model.KindTranscript, sat, "es",
			"buenos dias tepic arrancamos con lo que paso ayer en la tarde. y hoy en la mañana quemaron el oxxo de la insurgentes en la colonia moctezuma no hubo heridos",
			map[model.IncidentType]string{model.BusinessAttack: "2027-09-18"}},
		// A night, hours or a day from the act told before.
		{"later that night", model.KindNews, fri, "en",
			"CELAYA, Mexico — Truck drivers blocked an avenue in Celaya on Thursday to protest the killing of a colleague, who was shot dead on Wednesday night at a gas station. Later that night, unknown assailants set fire to a truck parked outside the union's office in Salamanca.",
			map[model.IncidentType]string{model.Arson: "2027-09-15"}},
		{"esa misma noche", model.KindNews, fri, "es",
			"CELAYA, Gto.- Transportistas bloquearon este jueves una avenida de Celaya para protestar por el asesinato de un compañero, quien fue ultimado la noche del miércoles en una gasolinera. Esa misma noche, desconocidos incendiaron un camión estacionado frente a las oficinas del sindicato en Salamanca.",
			map[model.IncidentType]string{model.Arson: "2027-09-15"}},
		{"hours earlier", model.KindNews, fri, "en",
			"A third police officer died on Thursday of wounds suffered in Tuesday night's ambush in Celaya, the city government said. Hours earlier, state investigators arrested three men in the La Misión neighborhood of Celaya.",
			map[model.IncidentType]string{model.SecurityOperation: "2027-09-16"}},
		{"the following day", model.KindNews, sat, "en",
			"Gunmen killed six people at a drug rehabilitation centre in Irapuato on 15 September; state prosecutors arrested two suspects in Irapuato the following day.",
			map[model.IncidentType]string{model.SecurityOperation: "2027-09-16"}},
		{"al día siguiente", model.KindNews, sat, "es",
			"Hombres armados asesinaron a seis personas en un centro de rehabilitación de Irapuato el 15 de septiembre. Al día siguiente, agentes de la Fiscalía detuvieron a dos sospechosos en Irapuato.",
			map[model.IncidentType]string{model.SecurityOperation: "2027-09-16"}},
		// A toll's rise and an appeal are not the act's day.
		{"the toll rose", model.KindNews, sat, "en",
			"An Ontario woman was among those wounded when gunmen opened fire in a bar in Puerto Vallarta early Thursday, an attack whose death toll rose to four on Friday after one of the injured died in hospital, Jalisco authorities said.",
			map[model.IncidentType]string{model.ArmedAttack: "2027-09-16"}},
		{"asked the public", model.KindNews, sat, "en",
			"Yucatán state police asked the public on Friday for help finding a 12-year-old boy who did not come home from a summer course in northern Mérida on Thursday afternoon.",
			map[model.IncidentType]string{model.Kidnapping: "2027-09-16"}},
		{"la cifra subió", model.KindNews, sat, "es",
			"PUERTO VALLARTA, Jal.- Hombres armados dispararon contra los clientes de un bar de Puerto Vallarta la madrugada del jueves, un ataque cuya cifra de muertos subió a cuatro este viernes tras fallecer uno de los heridos en el hospital.",
			map[model.IncidentType]string{model.ArmedAttack: "2027-09-16"}},
		{"pidió a la población", model.KindNews, sat, "es",
			"La Fiscalía de Yucatán pidió a la población este viernes ayuda para localizar a un niño de 12 años que fue privado de la libertad la tarde del jueves en el norte de Mérida.",
			map[model.IncidentType]string{model.Kidnapping: "2027-09-16"}},
		// The statement's day after the clause of the act.
		{"hours after, said Thursday", model.KindNews, fri, "en",
			"MEXICO CITY (CP) — Mexican soldiers arrested four armed men in the northern state of Zacatecas late Wednesday, hours after gunmen set two tractor-trailers ablaze across a federal highway near the town of Sombrerete, authorities said Thursday.",
			map[model.IncidentType]string{model.Blockade: "2027-09-15"}},
		// The traps: a night not told before, an act's own day.
		{"that night, no night told", model.KindNews, fri, "en",
			"Truck drivers blocked an avenue in Celaya on Thursday morning. That night, unknown assailants set fire to a truck in Salamanca.",
			map[model.IncidentType]string{model.Arson: "2027-09-16"}},
		{"the following day, own day", model.KindNews, sat, "en",
			"Gunmen killed six people in Irapuato on 14 September. Police arrested two suspects in Irapuato on 16 September, not the following day.",
			map[model.IncidentType]string{model.SecurityOperation: "2027-09-16"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t", Lang: tt.lang, Kind: tt.kind, Published: tt.pub, Text: tt.text}
			got := map[model.IncidentType]string{}
			for _, in := range e.Extract(r) {
				got[in.Type] = dayOf(in)
			}
			for typ, day := range tt.want {
				if got[typ] != day {
					t.Errorf("%s on %q, want %s (all: %v)", typ, got[typ], day, got)
				}
			}
		})
	}
}
