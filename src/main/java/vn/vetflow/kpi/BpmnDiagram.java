package vn.vetflow.kpi;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A process diagram drawn on the server as SVG from the BPMN file's own diagram coordinates (BPMNDI), so
 * no modeler library is needed in the browser: tasks are filled by a colour per task id, with a caption.
 */
final class BpmnDiagram {

    private static final String DI = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
    private static final String MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    record Shape(String id, String type, String name, double x, double y, double w, double h) {
    }

    private final List<Shape> shapes = new ArrayList<>();
    private final List<List<double[]>> edges = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();

    private BpmnDiagram() {
    }

    static BpmnDiagram load(String classpathLocation) {
        try (InputStream in = new ClassPathResource(classpathLocation).getInputStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(in);
            BpmnDiagram diagram = new BpmnDiagram();
            Map<String, String> types = new HashMap<>();
            NodeList all = doc.getElementsByTagNameNS(MODEL, "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if (e.hasAttribute("id")) {
                    types.put(e.getAttribute("id"), e.getLocalName());
                    diagram.names.put(e.getAttribute("id"), e.getAttribute("name"));
                }
            }
            NodeList shapes = doc.getElementsByTagNameNS(DI, "BPMNShape");
            for (int i = 0; i < shapes.getLength(); i++) {
                Element s = (Element) shapes.item(i);
                Element b = (Element) s.getElementsByTagNameNS(DC, "Bounds").item(0);
                String id = s.getAttribute("bpmnElement");
                diagram.shapes.add(new Shape(id, types.getOrDefault(id, ""), diagram.names.getOrDefault(id, ""),
                        d(b, "x"), d(b, "y"), d(b, "width"), d(b, "height")));
            }
            NodeList edges = doc.getElementsByTagNameNS(DI, "BPMNEdge");
            for (int i = 0; i < edges.getLength(); i++) {
                NodeList points = ((Element) edges.item(i)).getElementsByTagNameNS(DI, "waypoint");
                List<double[]> line = new ArrayList<>();
                for (int j = 0; j < points.getLength(); j++) {
                    line.add(new double[] {d((Element) points.item(j), "x"), d((Element) points.item(j), "y")});
                }
                diagram.edges.add(line);
            }
            return diagram;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the diagram of " + classpathLocation, e);
        }
    }

    String name(String id) {
        return names.getOrDefault(id, id);
    }

    /** The SVG; {@code fills} and {@code captions} by task id (tasks without one stay white). */
    String svg(Map<String, String> fills, Map<String, String> captions) {
        double minX = shapes.stream().mapToDouble(Shape::x).min().orElse(0) - 10;
        double minY = shapes.stream().mapToDouble(Shape::y).min().orElse(0) - 10;
        double maxX = shapes.stream().mapToDouble(s -> s.x() + s.w()).max().orElse(100) + 10;
        double maxY = shapes.stream().mapToDouble(s -> s.y() + s.h()).max().orElse(100) + 30;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"bpmn-diagram\" role=\"img\""
                // named by the page's heading and legend (kpi/process.html); sized by vetflow.css (the CSP blocks style attributes)
                + " aria-labelledby=\"bpmn-diagram-title bpmn-diagram-legend\""
                + " viewBox=\"%.0f %.0f %.0f %.0f\">",
                minX, minY, maxX - minX, maxY - minY));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\""
                + " markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>");
        for (Shape s : shapes) {
            if (s.type().equals("subProcess") || s.type().equals("participant") || s.type().equals("lane")) {
                svg.append(rect(s, "none", "#999", 10, "stroke-dasharray=\"4 3\""));
            }
        }
        for (List<double[]> line : edges) {
            StringBuilder points = new StringBuilder();
            for (double[] p : line) {
                points.append(String.format(Locale.ROOT, "%.0f,%.0f ", p[0], p[1]));
            }
            svg.append("<polyline points=\"").append(points.toString().strip())
                    .append("\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>");
        }
        for (Shape s : shapes) {
            String type = s.type();
            if (type.endsWith("Task") || type.equals("task") || type.equals("callActivity")) {
                String fill = fills.getOrDefault(s.id(), "#ffffff");
                svg.append("<g data-element=\"").append(esc(s.id())).append("\">");
                svg.append(rect(s, fill, "#333", 8, ""));
                text(svg, s.x() + s.w() / 2, s.y() + s.h() / 2 - 4, s.name(), 11, 18);
                if (captions.containsKey(s.id())) {
                    text(svg, s.x() + s.w() / 2, s.y() + s.h() - 6, captions.get(s.id()), 11, 40);
                }
                svg.append("</g>");
            } else if (type.endsWith("Event")) {
                double r = s.w() / 2;
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.0f\" cy=\"%.0f\" r=\"%.0f\" fill=\"#fff\""
                        + " stroke=\"#333\" stroke-width=\"%s\"/>", s.x() + r, s.y() + r, r,
                        type.equals("endEvent") ? "3" : "1.5"));
            } else if (type.endsWith("Gateway")) {
                double cx = s.x() + s.w() / 2;
                double cy = s.y() + s.h() / 2;
                svg.append(String.format(Locale.ROOT, "<polygon points=\"%.0f,%.0f %.0f,%.0f %.0f,%.0f %.0f,%.0f\""
                        + " fill=\"#fff\" stroke=\"#333\"/>", cx, s.y(), s.x() + s.w(), cy, cx, s.y() + s.h(), s.x(), cy));
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static String rect(Shape s, String fill, String stroke, int radius, String extra) {
        return String.format(Locale.ROOT, "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" rx=\"%d\""
                + " fill=\"%s\" stroke=\"%s\" %s/>", s.x(), s.y(), s.w(), s.h(), radius, fill, stroke, extra);
    }

    private static void text(StringBuilder svg, double x, double y, String text, int size, int wrap) {
        String value = text == null ? "" : text;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : value.split(" ")) {
            if (line.length() + word.length() > wrap && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        double start = y - (lines.size() - 1) * (size + 1) / 2.0;
        for (int i = 0; i < lines.size(); i++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" font-size=\"%d\" text-anchor=\"middle\">",
                    x, start + i * (size + 1), size)).append(esc(lines.get(i))).append("</text>");
        }
    }

    private static double d(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
