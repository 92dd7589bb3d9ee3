package fr.creneau.stats.figures.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import java.util.ArrayList;
import java.util.List;

/**
 * The endpoints read their query string as a map (to refuse unknown parameters), which springdoc would document
 * as one opaque object: this lists the real parameters instead.
 */
@Component
class FigureParametersDocumentation implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (handler.getBeanType() != FiguresController.class) {
            return operation;
        }
        List<Parameter> parameters = new ArrayList<>();
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> "path".equals(p.getIn())).forEach(parameters::add);
        }
        parameters.add(query("from", new StringSchema().format("date"), "Première date de rendez-vous incluse"));
        parameters.add(query("to", new StringSchema().format("date"), "Dernière date de rendez-vous incluse"));
        parameters.add(query("dateBasis", new StringSchema()._enum(List.of("appointment", "booking"))
                ._default("appointment"), "Date à laquelle compter un rendez-vous : son jour, ou le jour de sa prise"));
        FigureParameters.FILTERS.keySet().stream().sorted()
                .forEach(name -> parameters.add(query(name, new StringSchema(), "Filtre : seulement cette valeur")));
        if (!handler.getMethod().getName().equals("summary")) {
            parameters.add(query("period", new StringSchema()._enum(List.of("day", "week", "month"))._default("day"),
                    "Regroupement dans le temps (les semaines commencent le lundi)"));
            parameters.add(query("groupBy", new StringSchema()._enum(List.of("commune", "place", "counter", "agent",
                    "service", "type", "option", "channel")), "Ventilation"));
        }
        return operation.parameters(parameters);
    }

    private static Parameter query(String name, Schema<?> schema, String description) {
        return new Parameter().in("query").name(name).required(false).schema(schema).description(description);
    }
}
