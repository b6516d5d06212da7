// The public map of the VET network. The page's table holds every detail; the map shows where each
// institution is, and a marker's popup links to its row. Tiles only when the province configured a source:
// on a closed network the markers stand on a plain background.
(function () {
    'use strict';
    const element = document.getElementById('network-map');
    if (!element || typeof L === 'undefined') {
        return;
    }
    const data = element.dataset;
    const map = L.map(element, {scrollWheelZoom: false})
        .setView([Number(data.lat), Number(data.lon)], Number(data.zoom));
    if (data.tileUrl) {
        L.tileLayer(data.tileUrl, {maxZoom: 18, attribution: data.attribution || ''}).addTo(map);
    } else {
        element.classList.add('vf-network-map-plain');
    }
    L.control.scale({imperial: false}).addTo(map);

    function popup(institution) {
        const box = document.createElement('div');
        const name = document.createElement('strong');
        name.textContent = institution.name;
        box.appendChild(name);
        if (institution.approximate) {
            const note = document.createElement('div');
            note.className = 'small text-muted';
            note.textContent = data.approximate;
            box.appendChild(note);
        }
        const link = document.createElement('a');
        link.href = '#inst-' + institution.code;
        link.textContent = data.details;
        link.className = 'd-block mt-1';
        link.addEventListener('click', function () {
            const row = document.getElementById('inst-' + institution.code);
            if (row) {
                row.focus();
            }
        });
        box.appendChild(link);
        return box;
    }

    fetch(data.source, {headers: {'Accept': 'application/json'}})
        .then(function (response) {
            return response.ok ? response.json() : [];
        })
        .then(function (institutions) {
            const bounds = [];
            institutions.forEach(function (institution) {
                const at = [Number(institution.latitude), Number(institution.longitude)];
                bounds.push(at);
                L.marker(at, {title: institution.name, alt: institution.name, keyboard: true})
                    .bindPopup(popup(institution))
                    .addTo(map);
            });
            if (bounds.length > 1) {
                map.fitBounds(bounds, {padding: [30, 30], maxZoom: 12});
            } else if (bounds.length === 1) {
                map.setView(bounds[0], 12);
            }
            element.dataset.markers = String(institutions.length);
        });
})();
